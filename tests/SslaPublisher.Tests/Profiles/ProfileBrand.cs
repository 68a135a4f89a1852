namespace SslaPublisher.Tests.Profiles;

/// <summary>The ssla.yaml of the profiles tests: Acme Air with the channels a test needs, all with the same hours.</summary>
internal static class ProfileBrand
{
    /// <summary>A channel entry: <paramref name="within"/> is its reply time (<c>15m</c>, <c>1h</c>).</summary>
    public static string Channel(string id, string platform, string handle, string within) => $"""
          - id: {id}
            platform: {platform}
            handle: "{handle}"
            purpose: support
            summary: Flight help.
            hours: {"{"}mon-fri: "09:00-18:00"{"}"}
            reply: {"{"}within: {within}{"}"}

        """;

    /// <summary>The whole file with these channels.</summary>
    public static string Yaml(params string[] channels) => """
        brand:
          name: Acme Air
          slug: acme-air
          timezone: Europe/London
          languages: [en]
        channels:

        """ + string.Concat(channels);
}
