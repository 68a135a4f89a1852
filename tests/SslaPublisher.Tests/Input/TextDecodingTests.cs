using System.Text;
using SslaPublisher.Input;

namespace SslaPublisher.Tests.Input;

/// <summary>Text files are UTF-8 or carry a byte order mark; anything else is an error at its position, not U+FFFD.</summary>
public class TextDecodingTests
{
    [Fact]
    public void Should_report_an_invalid_utf8_byte_at_its_line_and_column()
    {
        // Given "Mi<0xFF>ni" on line 2, after "  name: Mi"
        var bytes = "brand:\n  name: Mi"u8.ToArray().Concat(new byte[] { 0xFF }).Concat("ni\n"u8.ToArray()).ToArray();

        var error = Assert.Throws<InputFileException>(() => TextDecoding.Decode(bytes, "ssla.yaml"));

        Assert.Equal("ssla.yaml:2:11: invalid UTF-8 (byte 0xFF at byte offset 17); save the file as UTF-8", error.Message);
    }

    [Fact]
    public void Should_name_utf16_without_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetBytes("brand:\n  name: Acme\n");

        var error = Assert.Throws<InputFileException>(() => TextDecoding.Decode(bytes, "ssla.yaml"));

        Assert.Equal("ssla.yaml: looks like UTF-16 text without a byte order mark; save the file as UTF-8", error.Message);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void Should_read_text_with_a_byte_order_mark(string encoding)
    {
        var text = "brand:\n  name: Café 東京\n";
        var bytes = encoding switch
        {
            "utf-8-bom" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            "utf-16le-bom" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            _ => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        };

        Assert.Equal(text, TextDecoding.Decode(bytes, "ssla.yaml"));
    }
}
