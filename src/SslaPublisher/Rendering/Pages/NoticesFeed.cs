using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Definition;
using SslaPublisher.Input;

namespace SslaPublisher.Rendering.Pages;

/// <summary>
/// Writes a language's <c>notices.xml</c>: an Atom feed (RFC 4287) with one entry per notice, newest first, so
/// customers can follow what changes without watching the page. Ids are URNs of the brand slug, the notice id and the
/// language: they never change while the notice exists, updates included. Nothing depends on the build's clock: an
/// entry's <c>published</c> is its notice's start and <c>updated</c> its latest update (else the start), the feed's
/// <c>updated</c> the latest of those (docs/notices.md).
/// </summary>
public static class NoticesFeed
{
    /// <summary>MIME type of the feed.</summary>
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private const string Atom = "http://www.w3.org/2005/Atom";

    // A feed without notices still needs an 'updated'; the earliest date the input may name keeps it fixed.
    private static readonly Instant Empty = InputLimits.EarliestDate.AtMidnight().InUtc().ToInstant();

    /// <summary>The feed of <paramref name="language"/>; <paramref name="notices"/> are the views of every notice in that language.</summary>
    public static string Write(Promise promise, IReadOnlyList<NoticeView> notices, PagePaths paths, string language, string title)
    {
        var feedPath = paths.Feed(language);
        // Absolute with the base URL; otherwise relative to the feed's own address (RFC 4287 §4.2.7.1, xml:base rules).
        string Href(string path) => paths.Absolute(path) ?? PagePaths.Link(feedPath, path);
        var home = Href(paths.Index(language));
        var entries = promise.Notices.Zip(notices).OrderByDescending(e => e.First.From).ToList();
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var w = XmlWriter.Create(new StringWriterUtf8(builder), settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Atom);
            w.WriteAttributeString("xml", "lang", null, language);
            w.WriteElementString("id", Atom, Urn(promise, "notices", language));
            w.WriteElementString("title", Atom, title);
            w.WriteElementString("updated", Atom, Time(entries.Count == 0 ? Empty : entries.Max(e => e.First.LastChanged)));
            Link(w, "self", Href(feedPath), "application/atom+xml");
            Link(w, "alternate", home, "text/html");
            w.WriteStartElement("author", Atom);
            w.WriteElementString("name", Atom, promise.Brand.Name);
            if (promise.Brand.Website is { } website) w.WriteElementString("uri", Atom, website);
            w.WriteEndElement();
            foreach (var (notice, view) in entries) Entry(w, promise, notice, view, home, language);
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return builder.Append('\n').ToString();
    }

    private static void Entry(XmlWriter w, Promise promise, Notice notice, NoticeView view, string home, string language)
    {
        w.WriteStartElement("entry", Atom);
        w.WriteElementString("id", Atom, Urn(promise, "notice:" + notice.Id, language));
        w.WriteElementString("title", Atom, view.Channels is null ? view.KindLabel : $"{view.KindLabel} · {view.Channels}");
        w.WriteElementString("published", Atom, Time(notice.From));
        w.WriteElementString("updated", Atom, Time(notice.LastChanged));
        Link(w, "alternate", home + "#notice-" + notice.Id, "text/html");
        w.WriteStartElement("category", Atom);
        w.WriteAttributeString("term", notice.KindKeyword);
        w.WriteEndElement();
        // Plain text: the updates, newest first and dated, then the notice's words as written (Markdown marks and
        // all), the window, the temporary promise. A reader sees what changed at the top of the same entry.
        w.WriteStartElement("content", Atom);
        w.WriteAttributeString("type", "text");
        var updates = notice.Updates.Reverse().Zip(view.Updates).Select(u => $"{u.Second.When}: {u.First.Text.In(language).Text}");
        w.WriteString(string.Join("\n\n", updates.Concat(new[] { notice.Text.In(language).Text, view.Window, view.Reply }.OfType<string>())));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Atom);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    // Slugs and ids are [a-z0-9-] and language tags [A-Za-z0-9-]: valid URN characters without escaping.
    private static string Urn(Promise promise, string what, string language) => $"urn:ssla:{promise.Brand.Slug}:{what}:{language}";

    private static string Time(Instant instant) => InstantPattern.General.Format(instant);

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
