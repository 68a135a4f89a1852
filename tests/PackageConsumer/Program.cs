// Builds a brand with the SslaPublisher library alone: `PackageConsumer <brand folder or ssla.yaml> <output folder>`.
// README's "Using the library" snippet is this file's code between the markers (a test keeps them equal).
using SslaPublisher;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: PackageConsumer <brand folder or ssla.yaml> <output folder>");
    return 2;
}
var (brand, output) = (args[0], args[1]);
// snippet start
var site = SslaSite.Build(brand);                  // load, validate and build in memory
foreach (var file in site.Files.Values.Take(3))
    Console.WriteLine($"{file.Path} ({file.ContentType}, {file.Content.Length} bytes)");
SslaSite.WriteTo(site, output);                    // or upload site.Files wherever you like
// snippet end
return 0;
