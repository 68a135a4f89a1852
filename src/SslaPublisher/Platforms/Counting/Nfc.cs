using System.Text;

namespace SslaPublisher.Platforms.Counting;

/// <summary>NFC normalization that tolerates what .NET's normalizer rejects (noncharacters, lone surrogates).</summary>
/// <remarks>
/// twitter-text normalizes with Java's or JavaScript's normalizer, which pass U+FFFE, U+FFFF and lone surrogates
/// through; .NET throws on them. They never compose with a neighbour, so the runs between them are normalized on
/// their own and the rejected code units kept as they are.
/// </remarks>
internal static class Nfc
{
    public static string Normalize(string text)
    {
        if (IsAcceptable(text)) return text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(text.Length);
        var run = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var isPair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var codePoint = isPair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (char.IsSurrogate(text[i]) && !isPair || IsNoncharacter(codePoint))
            {
                result.Append(run.ToString().Normalize(NormalizationForm.FormC)).Append(text[i]);
                run.Clear();
                continue;
            }
            run.Append(text[i]);
            if (isPair) run.Append(text[++i]);
        }
        return result.Append(run.ToString().Normalize(NormalizationForm.FormC)).ToString();
    }

    private static bool IsAcceptable(string text) =>
        !HasLoneSurrogate(text) && !text.EnumerateRunes().Any(r => IsNoncharacter(r.Value));

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
