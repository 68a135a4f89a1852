using SslaPublisher.Site.Brands;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary>The inputs of a command that its output must stay clear of (see <see cref="OutputGuard"/>).</summary>
internal static class GuardedInputs
{
    /// <summary>The brand folder (of a file or a folder holding ssla.yaml) or the agency folder, and the templates folder.</summary>
    public static List<GuardedInput> Of(string brandOrAgency, string? templates)
    {
        var inputs = BrandDiscovery.IsSingleBrand(brandOrAgency)
            ? BrandFolders(brandOrAgency).Select(f => new GuardedInput(f, "brand folder")).ToList()
            : [new GuardedInput(brandOrAgency, "agency folder")];
        if (templates is not null) inputs.Add(new GuardedInput(templates, "templates folder"));
        return inputs;
    }

    // The folder that holds ssla.yaml, its logo and its replies: everything beside the file is the brand's. When
    // ssla.yaml is a link, the folder it lives in really is a brand folder too.
    private static IEnumerable<string> BrandFolders(string fileOrFolder)
    {
        if (Directory.Exists(fileOrFolder))
        {
            yield return fileOrFolder;
            yield break;
        }
        var named = Path.GetDirectoryName(Path.GetFullPath(fileOrFolder));
        if (named is not null) yield return named;
        if (Path.GetDirectoryName(RealPath.Of(fileOrFolder)) is { } real && real != named) yield return real;
    }
}
