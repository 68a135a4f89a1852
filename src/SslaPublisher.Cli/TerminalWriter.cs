using System.Text;
using SslaPublisher.Input;

namespace SslaPublisher.Cli;

/// <summary>
/// Wraps the standard output and error writers of every command so that all they print passes through
/// <see cref="TerminalText"/>: the one place where input text is made safe for a terminal, whatever message quotes it.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer underneath (publish asks whether it is the real console, to decide on a progress bar).</summary>
    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    /// <summary>The writer underneath <paramref name="writer"/> if it is a <see cref="TerminalWriter"/>, else itself.</summary>
    public static TextWriter Unwrap(TextWriter writer) => writer is TerminalWriter terminal ? terminal.Inner : writer;

    public override void Write(char value)
    {
        if (!TerminalText.IsDropped(value)) Inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is not null) Inner.Write(TerminalText.Clean(value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Inner.WriteLine(value is null ? null : TerminalText.Clean(value));
    }

    public override void Flush() => Inner.Flush();

    public override Task FlushAsync() => Inner.FlushAsync();
}
