using Cms.Core.Definitions;

namespace Cms.Core.Parts.FlowPart;

/// <summary>Orchard's FlowPartSettings: which types a flow may hold; none listed: any type.</summary>
internal sealed record FlowPartSettings(IReadOnlyList<string> ContainedContentTypes)
{
    public const string Key = "FlowPartSettings";

    /// <summary>The stereotype Orchard's flow editor offers when no types are listed.</summary>
    public const string WidgetStereotype = "Widget";

    public static FlowPartSettings From(ContentTypePartDefinition typePart) =>
        new(SettingsReader.GetStrings(typePart.Settings, Key, "ContainedContentTypes"));

    public bool Allows(string contentType) =>
        ContainedContentTypes.Count == 0 || ContainedContentTypes.Contains(contentType, StringComparer.Ordinal);

    /// <summary>The types an editor may add: those listed, else every type of the Widget stereotype.</summary>
    public IEnumerable<ContentTypeDefinition> Addable(ContentDefinitionDocument definitions) =>
        definitions.Types.Where(type => ContainedContentTypes.Count > 0
            ? ContainedContentTypes.Contains(type.Name, StringComparer.Ordinal)
            : string.Equals(type.TypeSettings.Stereotype, WidgetStereotype, StringComparison.Ordinal));
}
