using SslaPublisher.Input;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Input;

/// <summary>Nothing a file contains reaches the terminal as an escape sequence.</summary>
public class TerminalTextTests
{
    private const string Escapes = "\u001b[31m\u001b]0;pwned\u0007\u009b2J";

    [Fact]
    public void Should_drop_every_control_character_but_tab_and_line_feed()
    {
        Assert.Equal("a[31m]0;pwned2Jb\tc\nd", TerminalText.Clean($"a{Escapes}\rb\tc\nd"));
    }

    [Fact]
    public async Task Should_keep_escapes_in_an_unknown_yaml_key_off_the_terminal()
    {
        // Given a key that carries escape sequences
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", $"brand:\n  name: Acme\n  \"evil{Escapes}\": 1\n");

        // When validated
        var result = await CliRunner.RunAsync("validate", file);

        // Then the key is named, without a single control character
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown key 'evil[31m]0;pwned2J'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(result.All, c => TerminalText.IsDropped(c));
    }

    [Fact]
    public async Task Should_keep_escapes_in_csv_header_cells_and_channel_values_off_the_terminal()
    {
        using var dir = new TempDir();
        var header = dir.Write("header.csv", $"chan{Escapes}nel,received_at,first_reply_at\n");
        var value = dir.Write("value.csv", $"channel,received_at,first_reply_at\nx{Escapes},2026-11-02T10:00:00Z,\n");

        foreach (var csv in new[] { header, value })
        {
            var result = await CliRunner.RunAsync("report", RepoPaths.Example(), "--replies", csv);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("[31m]0;pwned2J", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(result.All, c => TerminalText.IsDropped(c));
        }
    }

    [Fact]
    public async Task Should_keep_escapes_in_a_path_off_the_terminal()
    {
        var result = await CliRunner.RunAsync("validate", $"/nonexistent/{Escapes}.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("file not found", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(result.All, c => TerminalText.IsDropped(c));
    }
}
