using System.Diagnostics;
using SslaPublisher.Definition;
using SslaPublisher.Input;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Input;

/// <summary>Input files that are not plain readable text files get one located line, never a hang or a stack trace.</summary>
public class InputFileTests
{
    private static string Problem(string path) =>
        Assert.Single(Assert.Throws<DefinitionException>(() => new PromiseLoader().LoadFile(path)).Diagnostics).ToString();

    [Fact]
    public void Should_refuse_a_named_pipe_instead_of_waiting_for_a_writer()
    {
        // Given a FIFO nobody writes to
        using var dir = new TempDir();
        var fifo = Path.Combine(dir.Path, "ssla.yaml");
        Process.Start("mkfifo", fifo).WaitForExit();

        // When it is loaded, Then it is refused at once as not a regular file
        Assert.Equal($"{fifo}:1:1: is not a regular file (a pipe, socket or device); give ssla.yaml as a file", Problem(fifo));
    }

    [Fact]
    public void Should_name_a_symbolic_link_loop()
    {
        using var dir = new TempDir();
        var a = Path.Combine(dir.Path, "a.yaml");
        File.CreateSymbolicLink(a, Path.Combine(dir.Path, "b.yaml"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "b.yaml"), a);

        Assert.Contains(":1:1: symbolic links loop", Problem(a), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_missing_target_of_a_dangling_link()
    {
        using var dir = new TempDir();
        var link = Path.Combine(dir.Path, "ssla.yaml");
        File.CreateSymbolicLink(link, "gone.yaml");

        Assert.Equal($"{link}:1:1: is a symbolic link to 'gone.yaml', which does not exist", Problem(link));
    }

    [Fact]
    public void Should_refuse_a_file_over_the_size_limit_before_reading_it()
    {
        using var dir = new TempDir();
        var big = dir.Write("ssla.yaml", "# " + new string('x', (int)InputLimits.DefinitionBytes));

        Assert.Equal($"{big}:1:1: is 1 MiB; ssla.yaml may be at most 1 MiB", Problem(big));
    }

    [Fact]
    public void Should_refuse_a_folder_given_as_a_file()
    {
        using var dir = new TempDir();
        Assert.Equal($"{dir.Path}:1:1: is a folder, not ssla.yaml", Problem(dir.Path));
    }

    [Fact]
    public void Should_say_file_not_found_for_a_missing_file()
    {
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "nope.yaml");
        Assert.Equal($"{missing}:1:1: file not found", Problem(missing));
    }
}
