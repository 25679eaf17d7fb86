using System.Text.Json.Nodes;

namespace Cms.Core.Recipes;

/// <summary>A step's <c>data</c> array as its handler reads it: the count, and the evaluated items in order.</summary>
/// <param name="Count">How many items the array has.</param>
/// <param name="FirstNonObject">Index of the first item that is not a JSON object; -1 when all are.</param>
/// <param name="Items">The items (null for one that is not an object), read lazily.</param>
/// <param name="Fresh">True when each item is a new object the handler may keep or change; false when it belongs to the step.</param>
internal sealed record RecipeDataItems(int Count, int FirstNonObject, IEnumerable<JsonObject?> Items, bool Fresh);
