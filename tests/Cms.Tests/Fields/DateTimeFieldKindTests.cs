using Cms.Core.ContentModel;
using Cms.Core.Fields.DateTimeField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class DateTimeFieldKindTests
{
    private readonly DateTimeFieldKind _kind = new();

    [Fact]
    public void Validate_DateTime_IsValid() =>
        Assert.True(Validate(_kind, Field("DateTimeField", "Deadline", """{ "Value": "2024-04-07T10:00:00Z" }""")).IsValid);

    [Theory]
    [InlineData("""{ "Value": "yesterday" }""")]
    [InlineData("""{ "Value": "10:00" }""")]
    public void Validate_Invalid_ReportsValue(string value) =>
        Assert.Equal("/Letter/Deadline/Value", Assert.Single(Validate(_kind, Field("DateTimeField", "Deadline", value)).Errors).Path);

    [Fact]
    public void Validate_RequiredAndMissing_ReportsRequired() =>
        Assert.Equal("The Deadline field is required.",
            Assert.Single(Validate(_kind, Field("DateTimeField", "Deadline", null, """{ "DateTimeFieldSettings": { "Required": true } }""")).Errors).Message);

    [Fact]
    public void Index_WithOffset_AddsUtcRow()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("DateTimeField", "Deadline", """{ "Value": "2024-04-07T12:00:00+02:00" }"""), entries);

        var row = Assert.Single(entries.FieldValues);
        Assert.Equal(FieldValueKind.DateTime, row.Kind);
        var value = Assert.IsType<DateTime>(row.Value);
        Assert.Equal(new DateTime(2024, 4, 7, 10, 0, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }
}
