import {
  apiConnectionPageSchema,
  apiConnectionSchema,
  apiIntegrationDetailSchema,
  apiIntegrationPageSchema,
  connectionParams,
  integrationParams,
  listConnectionsQuery,
  listIntegrationsQuery,
} from "@/lib/validations/api-catalog";
import { defineEndpoint } from "../endpoint";

export const listIntegrations = defineEndpoint({
  operationId: "listIntegrations",
  method: "get",
  path: "/integrations",
  tag: "Integrations",
  summary: "List the integration catalog",
  description: "Every listing of the marketplace, by slug.",
  scopes: ["integrations:read"],
  query: listIntegrationsQuery,
  response: { status: 200, description: "A page of integrations.", schema: apiIntegrationPageSchema },
  problems: [400],
});

export const getIntegration = defineEndpoint({
  operationId: "getIntegration",
  method: "get",
  path: "/integrations/{slug}",
  tag: "Integrations",
  summary: "Get an integration",
  scopes: ["integrations:read"],
  params: integrationParams,
  response: { status: 200, description: "The listing with its description and set-up steps.", schema: apiIntegrationDetailSchema },
  problems: [404],
});

const PARTNER_SCOPE = "Credentials issued for a partner integration see only their own connection.";

export const listConnections = defineEndpoint({
  operationId: "listConnections",
  method: "get",
  path: "/connections",
  tag: "Connections",
  summary: "List your company's connections",
  description: `Connected integrations, newest first. ${PARTNER_SCOPE}`,
  scopes: ["connections:read"],
  query: listConnectionsQuery,
  response: { status: 200, description: "A page of connections.", schema: apiConnectionPageSchema },
  problems: [400],
});

export const getConnection = defineEndpoint({
  operationId: "getConnection",
  method: "get",
  path: "/connections/{id}",
  tag: "Connections",
  summary: "Get a connection",
  description: PARTNER_SCOPE,
  scopes: ["connections:read"],
  params: connectionParams,
  response: { status: 200, description: "The connection.", schema: apiConnectionSchema },
  problems: [404],
});
