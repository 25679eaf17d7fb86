using Cms.Core.ContentModel;
using Cms.Core.Fields.TimeField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class TimeFieldKindTests
{
    private readonly TimeFieldKind _kind = new();

    [Theory]
    [InlineData("""{ "Value": "13:45:00" }""")]
    [InlineData("""{ "Value": "13:45" }""")]
    public void Validate_Time_IsValid(string value) =>
        Assert.True(Validate(_kind, Field("TimeField", "Opens", value)).IsValid);

    [Theory]
    [InlineData("""{ "Value": "25:00" }""")]
    [InlineData("""{ "Value": "2.10:00:00" }""")]
    [InlineData("""{ "Value": "noon" }""")]
    public void Validate_NotATimeOfDay_ReportsValue(string value) =>
        Assert.Equal("/Letter/Opens/Value", Assert.Single(Validate(_kind, Field("TimeField", "Opens", value)).Errors).Path);

    [Fact]
    public void Validate_RequiredAndMissing_ReportsRequired() =>
        Assert.Equal("The Opens field is required.",
            Assert.Single(Validate(_kind, Field("TimeField", "Opens", "{}", """{ "TimeFieldSettings": { "Required": true } }""")).Errors).Message);

    [Fact]
    public void Index_Time_AddsTimeSpanRow()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("TimeField", "Opens", """{ "Value": "13:45:00" }"""), entries);

        Assert.Equal(new FieldValueIndexEntry(FieldValueKind.Time, "Letter", "Opens", new TimeSpan(13, 45, 0)), Assert.Single(entries.FieldValues));
    }
}
