using GraphQL;

namespace Cms.GraphQL.Execution;

/// <summary>The result of one execution and the HTTP status Orchard's rules give it (200, 400 or 401).</summary>
internal sealed record GraphQLOutcome(ExecutionResult Result, int StatusCode);
