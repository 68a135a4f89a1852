using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>Collects every problem of one file so that a single run reports them all.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];
    private readonly List<Diagnostic> _warnings = [];

    public string File { get; } = file;

    public bool HasErrors => _items.Count > 0;

    public IReadOnlyList<Diagnostic> Items => [.. _items.OrderBy(d => d.Line).ThenBy(d => d.Column)];

    /// <summary>Warnings, in file order: they never fail a load.</summary>
    public IReadOnlyList<Diagnostic> Warnings => [.. _warnings.OrderBy(d => d.Line).ThenBy(d => d.Column)];

    public void Warn(YamlNode node, string field, string message) =>
        _warnings.Add(new Diagnostic(File, (int)node.Start.Line, (int)node.Start.Column, $"{field}: {message}", IsWarning: true));

    public void Add(Mark mark, string message) => _items.Add(new Diagnostic(File, (int)mark.Line, (int)mark.Column, message));

    public void Add(YamlNode node, string field, string message) => Add(node.Start, $"{field}: {message}");

    public void ThrowIfAny()
    {
        if (HasErrors) throw new DefinitionException(Items);
    }
}
