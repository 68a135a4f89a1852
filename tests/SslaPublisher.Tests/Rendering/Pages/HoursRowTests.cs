using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Pages;
using static SslaPublisher.Tests.Schedule.ScheduleFixtures;

namespace SslaPublisher.Tests.Rendering.Pages;

/// <summary>The rows of a page's hours table: folded runs of days, in the order a reader of the language expects.</summary>
public sealed class HoursRowTests
{
    [Theory]
    // A closed weekend ends the table in Sunday weeks (English, Brazilian Portuguese) as in Monday weeks (French).
    [InlineData("mon-fri 09:00-18:00", "en", "Monday–Friday | Saturday–Sunday")]
    [InlineData("mon-fri 09:00-18:00", "pt-BR", "segunda-feira a sexta-feira | sábado a domingo")]
    [InlineData("mon-fri 09:00-18:00", "fr", "lundi – vendredi | samedi – dimanche")]
    // A Sunday-to-Thursday week opens the table in a Monday week, and its Friday–Saturday weekend ends a Saturday week.
    [InlineData("sun-thu 09:00-18:00", "fr", "dimanche – jeudi | vendredi – samedi")]
    [InlineData("sun-thu 09:00-18:00", "ar", "من الأحد إلى الخميس | من الجمعة إلى السبت")]
    // A Sunday of its own keeps its place at the start of a Sunday week.
    [InlineData("mon-fri 09:00-18:00; sun 10:00-14:00", "en", "Sunday | Monday–Friday | Saturday")]
    public void Should_list_the_rows_in_the_order_a_reader_of_the_language_expects(string hours, string language, string expected)
    {
        // Given a channel's hours and the page text of a language
        var text = new PageText(UiStrings.Load(PagesSite.Templates(), language));

        // When the table's rows are made
        var rows = HoursRow.From(Hours(hours), text);

        // Then they come in the expected order, every day in exactly one row
        Assert.Equal(expected, string.Join(" | ", rows.Select(r => r.Days)));
        Assert.Equal(7, rows.Sum(r => r.DayCount));
    }
}
