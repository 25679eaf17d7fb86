namespace Cms.Core.ContentModel;

/// <summary>A problem with an item's value, located by the JSON pointer of the culprit.</summary>
public sealed record ContentValidationError(string Path, string Message);

/// <summary>The errors found while validating an item; empty means valid.</summary>
public sealed class ContentValidationResult
{
    private readonly List<ContentValidationError> _errors = [];

    public IReadOnlyList<ContentValidationError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Add(string path, string message) => _errors.Add(new ContentValidationError(path, message));

    public void AddRange(IEnumerable<ContentValidationError> errors) => _errors.AddRange(errors);
}
