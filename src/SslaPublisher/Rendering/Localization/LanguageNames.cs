using System.Globalization;

namespace SslaPublisher.Rendering.Localization;

/// <summary>Names of languages from CLDR (ICU through <see cref="CultureInfo"/>): "Spanish", "espagnol", "スペイン語".</summary>
public static class LanguageNames
{
    /// <summary>
    /// The name of <paramref name="language"/> written in <paramref name="inLanguage"/>; the tag itself when ICU does
    /// not know it.
    /// </summary>
    /// <remarks>
    /// .NET exposes ICU's display names only in the current UI culture, so it is set for the call and restored.
    /// It is per thread (async-local), so parallel renderers do not see each other's.
    /// </remarks>
    public static string In(string inLanguage, string language)
    {
        if (Culture(language) is not { } culture || Culture(inLanguage) is not { } display) return language;
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = display;
            return culture.DisplayName;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>The name of <paramref name="language"/> in itself, capitalised as a menu item: "Español", "العربية".</summary>
    public static string Native(string language) => Culture(language) is { } culture
        ? Capitalize(culture.NativeName, culture)
        : language;

    private static string Capitalize(string name, CultureInfo culture) =>
        name.Length == 0 ? name : char.ToUpper(name[0], culture) + name[1..];

    // Only cultures ICU has data for: an unknown tag gives a culture whose names just repeat the tag.
    private static CultureInfo? Culture(string tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return culture.CultureTypes.HasFlag(CultureTypes.UserCustomCulture) || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                ? null
                : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
