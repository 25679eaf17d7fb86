using System.ComponentModel.DataAnnotations;

namespace Cms.Core.Trash;

/// <summary>The <c>Cms:Trash</c> section: how long a deleted item can still be restored.</summary>
public sealed class TrashOptions
{
    public const string SectionName = "Cms:Trash";

    /// <summary>Days a deleted item stays in the trash before it and its history are purged. Default 30.</summary>
    [Range(1, 36_500)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Seconds between two purges of expired items, across all nodes (one node purges per period). Default 3600.</summary>
    [Range(1, 604_800)]
    public int PurgeEverySeconds { get; set; } = 3600;
}
