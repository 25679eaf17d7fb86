namespace Cms.Core.ContentModel;

/// <summary>Which version of an item an operation reads or writes (Orchard's VersionOptions).</summary>
public enum VersionOptions
{
    /// <summary>The published version.</summary>
    Published,

    /// <summary>The latest version, published or not.</summary>
    Latest,

    /// <summary>The latest version when it is not published.</summary>
    Draft,

    /// <summary>The latest version, turned into a new draft version when it is published.</summary>
    DraftRequired,
}
