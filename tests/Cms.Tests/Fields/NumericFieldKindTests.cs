using Cms.Core.ContentModel;
using Cms.Core.Fields.NumericField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class NumericFieldKindTests
{
    private const string Limits = """{ "NumericFieldSettings": { "Required": true, "Minimum": 1, "Maximum": "10", "Scale": 0 } }""";
    private readonly NumericFieldKind _kind = new();

    private ContentValidationResult ValidateValue(string value, string settings = Limits) =>
        Validate(_kind, Field("NumericField", "SignatoryCount", value, settings, displayName: "Signatories"));

    [Theory]
    [InlineData("""{ "Value": 5 }""")]
    [InlineData("""{ "Value": "5" }""")]
    [InlineData("""{ "Value": 10 }""")]
    public void Validate_WithinLimits_IsValid(string value) => Assert.True(ValidateValue(value).IsValid);

    [Fact]
    public void Validate_BelowMinimum_ReportsMinimum()
    {
        var error = Assert.Single(ValidateValue("""{ "Value": 0 }""").Errors);

        Assert.Equal("/Letter/SignatoryCount/Value", error.Path);
        Assert.Equal("The value must be greater than or equal to 1.", error.Message);
    }

    [Fact]
    public void Validate_AboveMaximum_ReportsMaximum() =>
        Assert.Equal("The value must be less than or equal to 10.", Assert.Single(ValidateValue("""{ "Value": 11 }""").Errors).Message);

    [Fact]
    public void Validate_FractionWithScaleZero_ReportsWholeNumber() =>
        Assert.Contains("whole number", Assert.Single(ValidateValue("""{ "Value": 2.5 }""").Errors).Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_TooManyDecimals_ReportsScale() =>
        Assert.Contains("2 decimal places",
            Assert.Single(ValidateValue("""{ "Value": 2.555 }""", """{ "NumericFieldSettings": { "Scale": 2 } }""").Errors).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Validate_DecimalsWithinScale_IsValid() =>
        Assert.True(ValidateValue("""{ "Value": 2.55 }""", """{ "NumericFieldSettings": { "Scale": "2" } }""").IsValid);

    [Theory]
    [InlineData("""{ "Value": {} }""")]
    [InlineData("""{ "Value": "twelve" }""")]
    [InlineData("""{ "Value": true }""")]
    public void Validate_NotANumber_ReportsWrongType(string value)
    {
        var error = Assert.Single(ValidateValue(value).Errors);

        Assert.Equal("/Letter/SignatoryCount/Value", error.Path);
        Assert.Equal("The Signatories field must be a number.", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{ "Value": null }""")]
    [InlineData("""{ "Value": "" }""")]
    public void Validate_RequiredAndEmpty_ReportsRequired(string? value) =>
        Assert.Equal("The Signatories field is required.",
            Assert.Single(Validate(_kind, Field("NumericField", "SignatoryCount", value, Limits, "Signatories")).Errors).Message);

    [Fact]
    public void Validate_EmptyAndOptional_IsValid() =>
        Assert.True(ValidateValue("""{ "Value": null }""", "{}").IsValid);

    [Theory]
    [InlineData("""{ "Value": 12.5 }""", 12.5)]
    [InlineData("""{ "Value": "7" }""", 7)]
    public void Index_Number_AddsNumericRow(string value, double expected)
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("NumericField", "SignatoryCount", value), entries);

        var row = Assert.Single(entries.FieldValues);
        Assert.Equal(FieldValueKind.Numeric, row.Kind);
        Assert.Equal((decimal)expected, row.Value);
    }

    [Fact]
    public void Index_Missing_AddsNullRow()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("NumericField", "SignatoryCount", null), entries);

        Assert.Null(Assert.Single(entries.FieldValues).Value);
    }
}
