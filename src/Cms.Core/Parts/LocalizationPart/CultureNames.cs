using System.Globalization;

namespace Cms.Core.Parts.LocalizationPart;

/// <summary>What counts as a culture name: one .NET knows (Orchard stores <c>CultureInfo.Name</c>).</summary>
public static class CultureNames
{
    public static bool IsWellFormed(string culture)
    {
        if (culture.Length is 0 or > 85 || culture.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
