namespace SslaPublisher.Rendering.Pages;

/// <summary>
/// Where each page of the site lives and how pages link to each other: the default language at the root
/// (<c>index.html</c>, <c>channels/&lt;id&gt;.html</c>), every other language under <c>&lt;lang&gt;/</c>.
/// </summary>
/// <remarks>
/// Links are relative and name their file (<c>../index.html</c>, never <c>../</c>): the plain blob endpoint serves
/// no index documents and the site may sit under any prefix (<c>$web/&lt;slug&gt;/</c>), so only relative links
/// with explicit file names work in both places.
/// </remarks>
public sealed class PagePaths(IReadOnlyList<string> languages, string? baseUrl)
{
    /// <summary>Languages with a page set, the default first.</summary>
    public IReadOnlyList<string> Languages { get; } = languages;

    /// <summary>The language served at the site root.</summary>
    public string DefaultLanguage => Languages[0];

    /// <summary>Absolute URL of the published site, ending in '/', if known.</summary>
    public string? BaseUrl { get; } = baseUrl;

    /// <summary>Site path of a language's home page.</summary>
    public string Index(string language) => Prefix(language) + "index.html";

    /// <summary>Site path of a channel's page in a language.</summary>
    public string ChannelPage(string language, string channelId) => Prefix(language) + "channels/" + channelId + ".html";

    /// <summary>Site path of a language's Atom feed of notices.</summary>
    public string Feed(string language) => Prefix(language) + "notices.xml";

    /// <summary>The relative link from the page at <paramref name="fromPath"/> to the site path <paramref name="toPath"/>.</summary>
    public static string Link(string fromPath, string toPath) => RootFrom(fromPath) + toPath;

    /// <summary>The way back to the site root from a page: <c>""</c>, <c>"../"</c>, <c>"../../"</c>.</summary>
    public static string RootFrom(string fromPath) => string.Concat(Enumerable.Repeat("../", fromPath.Count(c => c == '/')));

    /// <summary>Absolute URL of a site path, when the base URL is known.</summary>
    public string? Absolute(string path) => BaseUrl is null ? null : BaseUrl + path;

    private string Prefix(string language) => language == DefaultLanguage ? "" : language + "/";
}
