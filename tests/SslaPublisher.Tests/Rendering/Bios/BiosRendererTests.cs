using SslaPublisher.Formatting;
using SslaPublisher.Platforms;
using SslaPublisher.Platforms.Counting;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Bios;

public class BiosRendererTests
{
    [Fact]
    public void Should_write_a_bio_per_channel_and_language_it_answers_in()
    {
        // Given the example brand (languages en, es, fr, ar; X answers in en, es, fr; facebook, linkedin and
        // mastodon-ops in English only; instagram in the brand's four)
        var file = RepoPaths.Example();

        // When the bios are built
        var site = BioFixtures.Build(file);
        var bios = site.Files.Keys.Where(p => p.StartsWith("bio/", StringComparison.Ordinal)).ToList();

        // Then the default language has no suffix, others do, and no bio promises a language nobody answers in
        Assert.Equal(
            ["bio/facebook.txt", "bio/instagram.ar.txt", "bio/instagram.es.txt", "bio/instagram.fr.txt", "bio/instagram.txt", "bio/linkedin.txt",
                "bio/mastodon-ops.txt", "bio/x-help.es.txt", "bio/x-help.fr.txt", "bio/x-help.txt"],
            bios);
        Assert.Equal("text/plain; charset=utf-8", site.Files["bio/x-help.txt"].ContentType);
    }

    [Fact]
    public void Should_write_times_the_way_each_language_writes_them()
    {
        // Given the example's X channel (Mon–Fri 09:00–18:00, Sat 10:00–14:00 New York)
        var site = BioFixtures.Build(RepoPaths.Example());

        // When reading its English and Spanish bios
        var en = BioFixtures.Text(site, "bio/x-help.txt");
        var es = BioFixtures.Text(site, "bio/x-help.es.txt");

        // Then English uses the compact 12-hour form and Spanish the 24-hour clock, with their own day names
        Assert.Equal("Flight changes, delays and baggage. Help Mon–Fri 9–6, Sat 10–2 ET · replies in 15 min · urgent: +1 800 555 0100", en);
        Assert.Equal("Cambios de vuelo, retrasos y equipaje. Ayuda lun–vie 9:00–18:00, sáb 10:00–14:00 hora de Nueva York · respondemos en 15 min · urgente: +1 800 555 0100", es);
    }

    [Fact]
    public void Should_put_the_summary_only_in_the_language_it_is_written_in()
    {
        // Given a brand whose first language is Spanish, with a Spanish summary
        using var dir = new TempDir();
        var file = BioFixtures.Brand(dir, "youtube", "Cambios de vuelo y equipaje.", languages: "[es, en]");

        // When the bios are built
        var site = BioFixtures.Build(file);

        // Then the Spanish bio (no suffix) carries the summary and the English one does not
        Assert.Equal("Cambios de vuelo y equipaje. Ayuda lun–vie 9:00–18:00 hora de Nueva York · respondemos en 15 min", BioFixtures.Text(site, "bio/help.txt"));
        Assert.Equal("Help Mon–Fri 9–6 ET · replies in 15 min", BioFixtures.Text(site, "bio/help.en.txt"));
    }

    [Fact]
    public void Should_write_each_language_its_own_summary_when_the_brand_translated_it()
    {
        // Given a channel whose summary is written in English and Spanish
        using var dir = new TempDir();
        var file = BioFixtures.Brand(dir, "youtube", "{en: Flight changes and baggage., es: Cambios de vuelo y equipaje.}");

        // When the bios are built
        var site = BioFixtures.Build(file);

        // Then each bio carries the summary in its own language
        Assert.Equal("Flight changes and baggage. Help Mon–Fri 9–6 ET · replies in 15 min", BioFixtures.Text(site, "bio/help.txt"));
        Assert.Equal("Cambios de vuelo y equipaje. Ayuda lun–vie 9:00–18:00 hora de Nueva York · respondemos en 15 min", BioFixtures.Text(site, "bio/help.es.txt"));
    }

    [Fact]
    public void Should_write_a_spanish_only_channel_in_spanish_in_an_english_first_brand()
    {
        // Given a Spanish-only channel of a brand whose first language is English
        using var dir = new TempDir();
        var file = BioFixtures.Brand(dir, "youtube", "Cambios de vuelo y equipaje.", extra: "    languages: [es]");

        // When the bios are built
        var site = BioFixtures.Build(file, null, new BiosRenderer());

        // Then its one bio is Spanish, with its summary, and there is no English bio
        Assert.Equal(["bio/help.txt"], site.Files.Keys.Where(p => p.StartsWith("bio/", StringComparison.Ordinal)));
        Assert.Equal("Cambios de vuelo y equipaje. Ayuda lun–vie 9:00–18:00 hora de Nueva York · respondemos en 15 min", BioFixtures.Text(site, "bio/help.txt"));
    }

    [Fact]
    public void Should_choose_the_richest_variant_that_fits_the_platform()
    {
        // Given Facebook's 101-character limit, which the variant with the summary exceeds
        var site = BioFixtures.Build(RepoPaths.Example());

        // When reading the Facebook bio
        var text = BioFixtures.Text(site, "bio/facebook.txt");

        // Then the next variant (no summary, full hours) is used, and it fits
        Assert.Equal("Questions Mon–Fri 8 AM–8 PM, Sat–Sun 10–4 ET · replies in 4 hr", text);
        Assert.True(TextCounters.Check(text, PlatformCatalog.Default[PlatformId.Facebook].Bio).Fits);
    }

    [Fact]
    public void Should_drop_richer_variants_one_by_one_on_a_tight_platform()
    {
        // Given a TikTok channel (80 characters) with a long summary and a long urgent contact
        using var dir = new TempDir();
        var file = BioFixtures.Brand(dir, "tiktok", "Bookings, changes, delays, baggage and anything else about your trip with us.",
            "    urgent: \"+1 800 555 0100 (our 24/7 line for travel today)\"", languages: "[en]");

        // When the bios are built
        var text = BioFixtures.Text(BioFixtures.Build(file), "bio/help.txt");

        // Then the summary and the urgent contact are dropped, the full hours kept
        Assert.Equal("Help Mon–Fri 9–6 ET · replies in 15 min", text);
    }

    [Fact]
    public void Should_use_the_shortest_variant_when_only_it_fits()
    {
        // Given overrides whose first variants are too long for TikTok
        using var dir = new TempDir();
        var file = BioFixtures.Brand(dir, "tiktok", "Trips.", languages: "[en]");
        dir.Write("templates/bio/en/1-summary.txt.sbn", "{{ summary }} " + new string('x', 80));
        dir.Write("templates/bio/en/2-urgent.txt.sbn", "{{ hours }} " + new string('x', 80));
        dir.Write("templates/bio/en/3-hours.txt.sbn", "{{ reply }} " + new string('x', 80));

        // When the bios are built
        var text = BioFixtures.Text(BioFixtures.Build(file, Path.Combine(dir.Path, "templates")), "bio/help.txt");

        // Then the built-in shortest variant (not overridden) is used
        Assert.Equal("Help Mo–Fr 9–6 ET · 15 min replies", text);
    }

    [Fact]
    public void Should_fail_naming_channel_platform_limit_and_shortest_length_when_no_variant_fits()
    {
        // Given a single variant that always includes a summary too long for TikTok
        using var dir = new TempDir();
        var file = BioFixtures.Brand(dir, "tiktok", new string('a', 120), languages: "[en]");
        dir.Write("templates/bio/en/1-summary.txt.sbn", "{{ summary }}");
        dir.Write("templates/bio/en/2-urgent.txt.sbn", "{{ summary }} {{ purpose }}");
        dir.Write("templates/bio/en/3-hours.txt.sbn", "{{ summary }} {{ hours }}");
        dir.Write("templates/bio/en/4-short.txt.sbn", "{{ summary }}!");

        // When the bios are built
        var error = Assert.Throws<BioDoesNotFitException>(() => BioFixtures.Build(file, Path.Combine(dir.Path, "templates")));

        // Then the error names the channel, the platform, the limit and the shortest length reached
        Assert.Equal(("help", "TikTok", 80, 120), (error.ChannelId, error.Platform, error.Limit, error.ShortestLength));
        Assert.Contains("channels.help", error.Message, StringComparison.Ordinal);
        Assert.Contains("TikTok's limit of 80", error.Message, StringComparison.Ordinal);
        Assert.Contains("the shortest reached 120", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_count_bios_for_x_by_both_weighted_and_plain_length()
    {
        // Given an X channel whose summary is CJK text: 61 characters weigh 122, 162 with the rest of the variant
        using var dir = new TempDir();
        var file = BioFixtures.Brand(dir, "x", new string('故', 61), languages: "[en]");

        // When the bio is built
        var text = BioFixtures.Text(BioFixtures.Build(file), "bio/help.txt");

        // Then the summary variant is refused (weighted > 160) and the next one kept
        var check = TextCounters.Check(text, PlatformCatalog.Default[PlatformId.X].Bio);
        Assert.Equal("Help Mon–Fri 9–6 ET · replies in 15 min", text);
        Assert.True(check.Fits);
    }

    [Fact]
    public void Should_keep_bios_byte_identical_across_builds()
    {
        // Given the example brand built twice
        var first = BioFixtures.Build(RepoPaths.Example());
        var second = BioFixtures.Build(RepoPaths.Example());

        // Then every bio and the marketer's page are the same bytes
        Assert.Equal(first.Files.Keys, second.Files.Keys);
        foreach (var path in first.Files.Keys)
            Assert.True(first.Files[path].Content.Span.SequenceEqual(second.Files[path].Content.Span), path);
    }

    [Fact]
    public void Should_name_a_long_named_zone_by_its_city_when_only_the_shortest_bio_fits()
    {
        // Given an Arabic TikTok channel (80 characters) in Riyadh, whose CLDR zone name is long (توقيت المملكة العربية السعودية)
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", """
            brand: {name: Sahara Air, slug: sahara-air, timezone: Asia/Riyadh, languages: [ar]}
            channels:
              - {id: tiktok, platform: tiktok, handle: "@saharaair", purpose: support, summary: مساعدة, hours: {sun-thu: "09:00-18:00", sat: "10:00-14:00"}, reply: {within: 1h30m}}
            """);

        // When its bio is built
        var bio = BioFixtures.Text(BioFixtures.Build(file, null, new BiosRenderer()), "bio/tiktok.txt");

        // Then it fits, naming the zone by its Arabic city, with no Latin letters
        var arabic = LocaleFormat.For("ar");
        Assert.True(bio.Length <= 80, $"{bio.Length} characters: {bio}");
        Assert.Contains(" " + arabic.ZoneCity("Asia/Riyadh") + " ·", bio, StringComparison.Ordinal);
        Assert.DoesNotContain(arabic.ZoneName("Asia/Riyadh"), bio, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]", bio);
    }
}
