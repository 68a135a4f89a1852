using System.Text;

namespace SslaPublisher.Platforms.Counting;

/// <summary>
/// The length of a domain label once written as ASCII the way twitter-text checks it: RFC 3492 Punycode with an
/// <c>xn--</c> prefix, without IDNA's mapping (punycode.js's <c>toASCII</c>, as node runs twitter-text).
/// </summary>
/// <remarks>
/// .NET's <see cref="System.Globalization.IdnMapping"/> applies UTS #46 mapping first and rejects labels twitter-text
/// accepts (a variation selector, a symbol), so its answer is not twitter-text's; the encoder is a page of RFC 3492.
/// </remarks>
internal static class Punycode
{
    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 128;

    /// <summary>Length of <paramref name="text"/> after punycode.js's <c>toASCII</c>.</summary>
    public static int AsciiLength(string text)
    {
        var length = 0;
        var first = true;
        foreach (var part in text.Split(['.', '\u3002', '\uFF0E', '\uFF61']))
        {
            length += (first ? 0 : 1) + (part.Any(c => c > '\x7F') ? 4 + Encode(part).Length : part.Length);
            first = false;
        }
        return length;
    }

    // RFC 3492 section 6.3, over code points as punycode.js decodes them (a lone surrogate is its own code point).
    private static string Encode(string text)
    {
        var input = CodePoints(text);
        var output = new StringBuilder();
        foreach (var c in input.Where(c => c < 0x80)) output.Append((char)c);
        var basicLength = output.Length;
        var handled = basicLength;
        if (basicLength > 0) output.Append('-');
        int n = InitialN, delta = 0, bias = InitialBias;
        while (handled < input.Count)
        {
            var m = input.Where(c => c >= n).Min();
            delta += (m - n) * (handled + 1);
            n = m;
            foreach (var c in input)
            {
                if (c < n) delta++;
                if (c != n) continue;
                var q = delta;
                for (var k = Base; ; k += Base)
                {
                    var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                    if (q < t) break;
                    output.Append(Digit(t + (q - t) % (Base - t)));
                    q = (q - t) / (Base - t);
                }
                output.Append(Digit(q));
                bias = Adapt(delta, handled + 1, handled == basicLength);
                delta = 0;
                handled++;
            }
            delta++;
            n++;
        }
        return output.ToString();
    }

    private static List<int> CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else points.Add(text[i]);
        }
        return points;
    }

    private static char Digit(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);

    private static int Adapt(int delta, int count, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta / 2;
        delta += delta / count;
        var k = 0;
        for (; delta > (Base - TMin) * TMax / 2; k += Base) delta /= Base - TMin;
        return k + (Base - TMin + 1) * delta / (delta + Skew);
    }
}
