using System.Text.Json;
using SslaPublisher.Rendering.Pages;

namespace SslaPublisher.Tests.Rendering.Pages;

public sealed class ScriptJsonTests
{
    [Fact]
    public void Should_escape_every_character_that_can_end_or_confuse_a_script_element()
    {
        // Given JSON whose string holds a closing script tag, a comment opener, an ampersand and line separators
        var json = JsonSerializer.Serialize(new { text = "</script><!--&\u2028\u2029" }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        // When it is escaped for a script element
        var escaped = ScriptJson.Escape(json);

        // Then none of those characters remain, and the JSON still means the same
        Assert.DoesNotContain('<', escaped);
        Assert.DoesNotContain('>', escaped);
        Assert.DoesNotContain('&', escaped);
        Assert.DoesNotContain('\u2028', escaped);
        Assert.DoesNotContain('\u2029', escaped);
        Assert.Equal("</script><!--&\u2028\u2029", JsonDocument.Parse(escaped).RootElement.GetProperty("text").GetString());
    }
}
