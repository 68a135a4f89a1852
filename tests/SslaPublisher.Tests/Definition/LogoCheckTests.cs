using System.Buffers.Binary;
using System.Text;
using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Definition;

/// <summary>A logo is checked by its real path, its header and a whole decode before anything publishes it.</summary>
public class LogoCheckTests
{
    private const string Yaml = """
        brand:
          name: Acme
          slug: acme
          logo: {0}
          timezone: America/New_York
        channels:
          - id: help
            platform: x
            handle: "@Help"
            purpose: support
            summary: Orders.
            hours: {{mon-fri: "09:00-18:00"}}
            reply: {{within: 15m}}
        """;

    private static string Problem(TempDir dir, string logo)
    {
        var file = dir.Write("brand/ssla.yaml", string.Format(System.Globalization.CultureInfo.InvariantCulture, Yaml, logo));
        var problem = Assert.Single(Assert.Throws<DefinitionException>(() => new PromiseLoader().LoadFile(file)).Diagnostics);
        Assert.Equal((4, 9), (problem.Line, problem.Column));
        return problem.Message;
    }

    private static byte[] SmallPng()
    {
        using var bitmap = new SKBitmap(64, 64);
        bitmap.Erase(SKColors.OrangeRed);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void Should_refuse_a_logo_reached_through_a_linked_folder_outside()
    {
        // Given brand/sub, a symbolic link to a folder beside the brand, holding a valid logo
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "outside"));
        File.WriteAllBytes(Path.Combine(dir.Path, "outside", "logo.png"), SmallPng());
        Directory.CreateDirectory(Path.Combine(dir.Path, "brand"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "brand", "sub"), Path.Combine(dir.Path, "outside"));

        Assert.Equal("brand.logo: 'sub/logo.png' is outside the folder of ssla.yaml (symbolic links followed); keep the logo beside the file",
            Problem(dir, "sub/logo.png"));
    }

    [Fact]
    public void Should_accept_a_logo_through_a_link_that_stays_inside()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "brand", "art"));
        File.WriteAllBytes(Path.Combine(dir.Path, "brand", "art", "logo.png"), SmallPng());
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "brand", "sub"), "art");
        var file = dir.Write("brand/ssla.yaml", string.Format(System.Globalization.CultureInfo.InvariantCulture, Yaml, "sub/logo.png"));

        Assert.Equal(Path.Combine(dir.Path, "brand", "art", "logo.png"), new PromiseLoader().LoadFile(file).Brand.Logo);
    }

    [Fact]
    public void Should_leave_the_pixels_unchecked_but_not_the_file_when_told_not_to_decode_images()
    {
        // Given a truncated logo, and a logo that does not exist
        using var dir = new TempDir();
        var png = SmallPng();
        Directory.CreateDirectory(Path.Combine(dir.Path, "brand"));
        File.WriteAllBytes(Path.Combine(dir.Path, "brand", "logo.png"), png[..(png.Length / 2)]);
        var truncated = dir.Write("brand/ssla.yaml", string.Format(System.Globalization.CultureInfo.InvariantCulture, Yaml, "logo.png"));
        var missing = dir.Write("brand/missing.yaml", string.Format(System.Globalization.CultureInfo.InvariantCulture, Yaml, "gone.png"));
        var loader = new PromiseLoader { DecodeImages = false };

        // When loaded without decoding images (ssla report), the truncated one passes and the missing one still fails
        Assert.Equal(Path.Combine(dir.Path, "brand", "logo.png"), loader.LoadFile(truncated).Brand.Logo);
        Assert.Contains("'gone.png' does not exist", Assert.Single(Assert.Throws<DefinitionException>(() => loader.LoadFile(missing)).Diagnostics).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_truncated_png()
    {
        using var dir = new TempDir();
        var png = SmallPng();
        Directory.CreateDirectory(Path.Combine(dir.Path, "brand"));
        File.WriteAllBytes(Path.Combine(dir.Path, "brand", "logo.png"), png[..(png.Length / 2)]);

        Assert.StartsWith("brand.logo: 'logo.png' does not decode whole (IncompleteInput): the file is truncated or damaged",
            Problem(dir, "logo.png"), StringComparison.Ordinal);
    }

    // A photo large enough that the check decodes it at an eighth of its size (libjpeg's DCT scaling).
    private static byte[] PhotoJpeg()
    {
        using var bitmap = new SKBitmap(1600, 800);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(1600, 800),
            [SKColors.SkyBlue, SKColors.OrangeRed], SKShaderTileMode.Clamp) })
            canvas.DrawRect(0, 0, 1600, 800, paint);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    [Fact]
    public void Should_accept_a_whole_jpeg_and_refuse_it_truncated_anywhere_in_its_scan()
    {
        // Given a whole JPEG photo, and the same photo cut at a quarter, half and all but its last 100 bytes
        using var dir = new TempDir();
        var jpeg = PhotoJpeg();
        Directory.CreateDirectory(Path.Combine(dir.Path, "brand"));
        File.WriteAllBytes(Path.Combine(dir.Path, "brand", "logo.jpg"), jpeg);
        var file = dir.Write("brand/ssla.yaml", string.Format(System.Globalization.CultureInfo.InvariantCulture, Yaml, "logo.jpg"));
        Assert.EndsWith("logo.jpg", new PromiseLoader().LoadFile(file).Brand.Logo, StringComparison.Ordinal);

        foreach (var length in new[] { jpeg.Length / 4, jpeg.Length / 2, jpeg.Length - 100 })
        {
            File.WriteAllBytes(Path.Combine(dir.Path, "brand", "logo.jpg"), jpeg[..length]);
            Assert.StartsWith("brand.logo: 'logo.jpg' does not decode whole (IncompleteInput): the file is truncated or damaged",
                Problem(dir, "logo.jpg"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_refuse_huge_pixel_dimensions_from_the_header_alone()
    {
        // Given a 200-byte PNG whose header claims 60000×60000 (decoding it would take 14 GB)
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "brand"));
        File.WriteAllBytes(Path.Combine(dir.Path, "brand", "logo.png"), PngHeader(60_000, 60_000));

        Assert.Equal("brand.logo: 'logo.png' is 60000×60000 pixels; a logo may be at most 4096×4096 (scale it down)", Problem(dir, "logo.png"));
    }

    [Fact]
    public void Should_refuse_a_logo_over_the_byte_limit()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "brand"));
        File.WriteAllBytes(Path.Combine(dir.Path, "brand", "logo.png"), new byte[(5 << 20) + 1]);

        Assert.Equal("brand.logo: 'logo.png' is 5 MiB; a logo may be at most 5 MiB", Problem(dir, "logo.png"));
    }

    // The signature, an IHDR chunk for an RGB image of the given size and a token IDAT: enough for a decoder to
    // read the header, nothing like enough pixels.
    private static byte[] PngHeader(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
