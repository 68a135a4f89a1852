namespace SslaPublisher.Rendering.Localization;

/// <summary>Keeps left-to-right pieces (phone numbers, handles, zone ids) in their order inside right-to-left text.</summary>
/// <remarks>
/// Unicode isolates (LRI … PDI) rather than markup, so the same string works in HTML text, attributes, bios and
/// banners: inside them the bidi algorithm lays out "+1 800 555 0100" or "@AcmeAir" as one left-to-right unit, and
/// the "+" or "@" cannot drift to the wrong end. Left-to-right text is returned unchanged.
/// </remarks>
public static class Bidi
{
    private const char LeftToRightIsolate = '\u2066';
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    /// <summary><paramref name="text"/> isolated as left-to-right when <paramref name="language"/> is written right to left.</summary>
    public static string Ltr(string text, string language) =>
        LanguageTag.IsRightToLeft(language) ? $"{LeftToRightIsolate}{text}{PopDirectionalIsolate}" : text;

    /// <summary>
    /// <paramref name="text"/> isolated in its own direction (first strong character) when <paramref name="language"/>
    /// is written right to left: a name such as "Acme Air Inc." keeps its full stop at its end inside Arabic text,
    /// and a Hebrew name stays right to left. Left-to-right pages get the text unchanged.
    /// </summary>
    public static string Isolate(string text, string language) =>
        LanguageTag.IsRightToLeft(language) ? $"{FirstStrongIsolate}{text}{PopDirectionalIsolate}" : text;
}
