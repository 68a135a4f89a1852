using SslaPublisher.Definition;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

/// <summary><c>ssla sample-brands --languages N</c>: generated brands in several interface languages, for the benchmark.</summary>
public class SampleBrandsLanguagesTests
{
    [Fact]
    public void Should_write_valid_brands_in_english_and_the_asked_number_of_other_languages_the_same_every_time()
    {
        // Given two folders of brands written with three languages each and the same seed
        using var dir = new TempDir();
        var first = SampleBrands.Write(Path.Combine(dir.Path, "a"), count: 6, channels: 2, languages: 3);
        var second = SampleBrands.Write(Path.Combine(dir.Path, "b"), count: 6, channels: 2, languages: 3);

        // When the brands are loaded
        var brands = first.Select(f => new PromiseLoader().LoadFile(f).Brand).ToList();

        // Then each has English first and two other languages that have UI strings, not all the same pair, and
        // the same seed wrote the same files
        Assert.All(brands, b => Assert.Equal(3, b.Languages.Length));
        Assert.All(brands, b => Assert.Equal("en", b.Languages[0]));
        Assert.All(brands.SelectMany(b => b.Languages), l => Assert.True(UiStrings.Exists(TemplateSet.Default, l), l));
        Assert.True(brands.Select(b => string.Join(",", b.Languages)).Distinct().Count() > 1);
        Assert.Equal(first.Select(File.ReadAllText), second.Select(File.ReadAllText));
    }

    [Fact]
    public void Should_refuse_more_languages_than_there_are_interface_languages()
    {
        using var dir = new TempDir();
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleBrands.Write(dir.Path, count: 1, channels: 1, languages: SampleBrands.MaxLanguages + 1));
    }
}
