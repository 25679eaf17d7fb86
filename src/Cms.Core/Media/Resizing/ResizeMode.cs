namespace Cms.Core.Media.Resizing;

/// <summary>How an image meets the requested box (Orchard's names and numbers: a profile stores the number).</summary>
public enum ResizeMode
{
    /// <summary>Not given: <see cref="Max"/>.</summary>
    Undefined,

    /// <summary>Fits inside the box, keeping the aspect ratio; never enlarges.</summary>
    Max,

    /// <summary>Fills the box exactly, cutting what falls outside (around the anchor).</summary>
    Crop,

    /// <summary>Fits inside the box and fills the rest with the background colour.</summary>
    Pad,

    /// <summary>Like <see cref="Pad"/>, but a smaller source is padded without being enlarged.</summary>
    BoxPad,

    /// <summary>Shrinks until the shorter side reaches the box, keeping the aspect ratio; never enlarges.</summary>
    Min,

    /// <summary>Fills the box exactly, ignoring the aspect ratio.</summary>
    Stretch,
}
