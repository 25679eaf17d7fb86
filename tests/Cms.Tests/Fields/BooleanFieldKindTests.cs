using Cms.Core.ContentModel;
using Cms.Core.Fields.BooleanField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class BooleanFieldKindTests
{
    private readonly BooleanFieldKind _kind = new();

    [Theory]
    [InlineData("""{ "Value": true }""")]
    [InlineData("""{ "Value": "false" }""")]
    [InlineData(null)]
    public void Validate_Boolean_IsValid(string? value) =>
        Assert.True(Validate(_kind, Field("BooleanField", "Urgent", value)).IsValid);

    [Fact]
    public void Validate_Number_ReportsWrongType() =>
        Assert.Equal("/Letter/Urgent/Value", Assert.Single(Validate(_kind, Field("BooleanField", "Urgent", """{ "Value": 1 }""")).Errors).Path);

    [Theory]
    [InlineData("""{ "Value": true }""", true)]
    [InlineData("""{ "Value": "true" }""", true)]
    [InlineData(null, false)]
    public void Index_Value_AddsBooleanRow(string? value, bool expected)
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("BooleanField", "Urgent", value), entries);

        Assert.Equal(new FieldValueIndexEntry(FieldValueKind.Boolean, "Letter", "Urgent", expected), Assert.Single(entries.FieldValues));
    }
}
