using Cms.Core.Definitions;

namespace Cms.Core.Fields.NumericField;

/// <summary>
/// Our own setting on a NumericField (Orchard keeps unknown settings sections as they are): an empty value is
/// filled on save with the number of items in the named BagPart of the same item, so a count such as a
/// letter's number of signatories follows its bag unless someone types a number of their own.
/// </summary>
internal sealed record BagItemCountSettings(string? BagPartName)
{
    public const string Key = "BagItemCountSettings";

    public static BagItemCountSettings From(ContentPartFieldDefinition field) =>
        new(SettingsReader.GetString(field.Settings, Key, "BagPartName"));
}
