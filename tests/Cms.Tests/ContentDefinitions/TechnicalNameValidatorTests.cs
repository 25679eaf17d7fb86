using Cms.Core.Definitions;

namespace Cms.Tests.ContentDefinitions;

public sealed class TechnicalNameValidatorTests
{
    [Theory]
    [InlineData("", "The Technical Name can't be empty.")]
    [InlineData("   ", "The Technical Name can't be empty.")]
    [InlineData("1Letter", "The Technical Name must start with a letter.")]
    [InlineData("Open Letter", "The Technical Name contains invalid characters.")]
    [InlineData("Letter-Draft", "The Technical Name contains invalid characters.")]
    [InlineData("ContentItemId", "The Technical Name is reserved for internal use.")]
    [InlineData("published", "The Technical Name is reserved for internal use.")]
    public void Validate_InvalidName_ReturnsOrchardsMessage(string name, string message)
    {
        Assert.Equal(message, TechnicalNameValidator.Validate(name));
    }

    [Theory]
    [InlineData("Letter")]
    [InlineData("Analysis2")]
    [InlineData("SignatoryCount")]
    public void Validate_ValidName_ReturnsNull(string name)
    {
        Assert.Null(TechnicalNameValidator.Validate(name));
    }

    [Fact]
    public void Validate_TooLong_IsInvalid()
    {
        Assert.Equal("The Technical Name contains invalid characters.", TechnicalNameValidator.Validate(new string('a', 129)));
    }

    [Theory]
    [InlineData("Open letter", "Openletter")]
    [InlineData("Réunion à Genève", "ReunionaGeneve")]
    [InlineData("2024 highlights", "highlights")]
    public void ToTechnicalName_RemovesDiacriticsAndInvalidCharacters(string displayName, string expected)
    {
        Assert.Equal(expected, TechnicalNameValidator.ToTechnicalName(displayName));
    }
}
