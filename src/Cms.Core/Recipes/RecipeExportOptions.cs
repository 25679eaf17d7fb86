namespace Cms.Core.Recipes;

/// <summary>What an export contains. With none of Definitions, Content, Roles and Settings set, it contains all four.</summary>
public sealed record RecipeExportOptions
{
    /// <summary>Types to export (definitions and items); empty means every type.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    public bool Definitions { get; init; }

    public bool Content { get; init; }

    public bool Roles { get; init; }

    public bool Settings { get; init; }

    /// <summary>Orchard's "export as setup recipe": owner and author from parameters, new ids on import, no dates.</summary>
    public bool AsSetup { get; init; }

    public bool Everything => !Definitions && !Content && !Roles && !Settings;
}
