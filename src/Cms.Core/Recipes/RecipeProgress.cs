namespace Cms.Core.Recipes;

/// <summary>How far a long step is: <paramref name="Done"/> of <paramref name="Total"/> items.</summary>
public sealed record RecipeProgress(int StepIndex, string StepName, int Done, int Total);
