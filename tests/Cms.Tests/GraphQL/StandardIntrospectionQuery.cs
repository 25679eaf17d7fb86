using System.Text;

namespace Cms.Tests.GraphQL;

/// <summary>
/// The introspection query graphql-js 16.15 sends (<c>getIntrospectionQuery</c>; GraphiQL and codegen tools send
/// it too): the full type of every schema type, type references nine <c>ofType</c> levels deep. The flags add
/// what its options add; written out here, in the same shape.
/// </summary>
internal static class StandardIntrospectionQuery
{
    public static string Text(bool specifiedByUrl = false, bool directiveIsRepeatable = false, bool inputValueDeprecation = false)
    {
        var argsDeprecated = inputValueDeprecation ? "(includeDeprecated: true)" : "";
        return $$"""
            query IntrospectionQuery {
              __schema {
                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types { ...FullType }
                directives {
                  name
                  description
                  {{(directiveIsRepeatable ? "isRepeatable" : "")}}
                  locations
                  args{{argsDeprecated}} { ...InputValue }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description
              {{(specifiedByUrl ? "specifiedByURL" : "")}}
              fields(includeDeprecated: true) {
                name
                description
                args{{argsDeprecated}} { ...InputValue }
                type { ...TypeRef }
                isDeprecated
                deprecationReason
              }
              inputFields{{argsDeprecated}} { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue
              {{(inputValueDeprecation ? "isDeprecated deprecationReason" : "")}}
            }

            fragment TypeRef on __Type {
              kind
              name
              {{OfType(9)}}
            }
            """;
    }

    private static string OfType(int levels)
    {
        var text = new StringBuilder();
        for (var level = 0; level < levels; level++)
        {
            text.Append("ofType { name kind ");
        }

        return text.Append('}', levels).ToString();
    }
}
