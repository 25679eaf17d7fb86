namespace Cms.Core.Fields.MultiTextField;

/// <summary>One choice of a MultiTextField: <c>{ "name", "value", "default" }</c>.</summary>
internal sealed record MultiTextFieldOption(string Name, string Value, bool Default);
