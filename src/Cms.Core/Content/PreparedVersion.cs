using Cms.Core.ContentModel;
using Cms.Core.Indexing;

namespace Cms.Core.Content;

/// <summary>A version after preparing and validating it, before the checks that need the store.</summary>
/// <param name="Result">The validation errors so far; the store checks add theirs.</param>
/// <param name="Entries">The index rows the version maps to.</param>
/// <param name="PathWasGenerated">The route path was empty before preparing, so a taken one may get a suffix.</param>
internal sealed record PreparedVersion(ContentValidationResult Result, ContentIndexEntries Entries, bool PathWasGenerated);
