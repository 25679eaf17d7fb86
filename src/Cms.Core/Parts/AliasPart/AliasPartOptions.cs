namespace Cms.Core.Parts.AliasPart;

/// <summary>How an alias is edited (Orchard's AliasPartOptions, same order for numeric settings).</summary>
internal enum AliasPartOptions
{
    /// <summary>The editor may type the alias; an empty one is generated from the pattern.</summary>
    Editable,

    /// <summary>The alias always comes from the pattern.</summary>
    GeneratedDisabled,
}
