namespace Cms.Core.Content;

/// <summary>What an import does with an item edited on this site after the copy it brings was made.</summary>
public enum ContentConflictMode
{
    /// <summary>The import stops and writes nothing; every conflicting item is reported.</summary>
    Fail,

    /// <summary>The imported copy replaces the site's newer edit (reported).</summary>
    Source,

    /// <summary>The site's edit is kept and the imported copy skipped (reported).</summary>
    Target,
}
