using Cms.Core.ContentModel;
using Cms.Core.Fields.DateField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class DateFieldKindTests
{
    private const string Required = """{ "DateFieldSettings": { "Required": "true" } }""";
    private readonly DateFieldKind _kind = new();

    [Theory]
    [InlineData("""{ "Value": "2018-05-17T00:00:00" }""")]
    [InlineData("""{ "Value": "2018-05-17" }""")]
    public void Validate_Date_IsValid(string value) =>
        Assert.True(Validate(_kind, Field("DateField", "SentDate", value, Required)).IsValid);

    [Theory]
    [InlineData("""{ "Value": "not a date" }""")]
    [InlineData("""{ "Value": "13:45" }""")]
    [InlineData("""{ "Value": "2018-02-30" }""")]
    public void Validate_InvalidDate_ReportsValue(string value)
    {
        var error = Assert.Single(Validate(_kind, Field("DateField", "SentDate", value)).Errors);

        Assert.Equal("/Letter/SentDate/Value", error.Path);
        Assert.Contains("not a valid date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Number_ReportsWrongType() =>
        Assert.Contains("written as text", Assert.Single(Validate(_kind, Field("DateField", "SentDate", """{ "Value": 20180517 }""")).Errors).Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_RequiredAndMissing_ReportsRequired() =>
        Assert.Equal("The Sent date field is required.",
            Assert.Single(Validate(_kind, Field("DateField", "SentDate", """{ "Value": null }""", Required, "Sent date")).Errors).Message);

    [Theory]
    [InlineData("2018-05-17T00:00:00")]
    [InlineData("2018-05-17T23:30:00-05:00")]
    public void Index_Date_AddsMidnightUtc(string text)
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("DateField", "SentDate", $$"""{ "Value": "{{text}}" }"""), entries);

        var row = Assert.Single(entries.FieldValues);
        Assert.Equal(FieldValueKind.Date, row.Kind);
        var date = Assert.IsType<DateTime>(row.Value);
        Assert.Equal(new DateTime(2018, 5, 17, 0, 0, 0, DateTimeKind.Utc), date);
        Assert.Equal(DateTimeKind.Utc, date.Kind);
    }

    [Fact]
    public void Index_Missing_AddsNullRow()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("DateField", "SentDate", null), entries);

        Assert.Null(Assert.Single(entries.FieldValues).Value);
    }
}
