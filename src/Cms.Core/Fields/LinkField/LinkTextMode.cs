namespace Cms.Core.Fields.LinkField;

/// <summary>How a LinkField's text is edited (Orchard's LinkTextMode, same order for numeric settings).</summary>
internal enum LinkTextMode
{
    /// <summary>The editor may give a text.</summary>
    Optional,

    /// <summary>A link must have a text.</summary>
    Required,

    /// <summary>The text is the DefaultText setting.</summary>
    Static,

    /// <summary>The url is the text.</summary>
    Url,
}
