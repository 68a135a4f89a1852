using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>Reads <c>agreement:</c>. The agreement feature fills this in; until then any mapping is accepted and ignored.</summary>
internal static class AgreementReader
{
    public static Agreement.AgreementDefinition? Read(YamlNode node, DiagnosticBag bag)
    {
        if (node is not YamlMappingNode) bag.Add(node, "agreement", "expected a mapping");
        return null;
    }
}
