import type { ErrorCode } from '../errorCodes';
import type { Translations } from './translations';

/**
 * What a client reads in `errors[].message`, per code of `../errorCodes.ts`, in every language.
 * Values come from the error's `extensions` (`argument`, `limit`, `max`) and `detail`, the
 * message the error was raised with: kept in the message only where the text of the GraphQL
 * engine is the point (a syntax or schema mistake), otherwise given as `extensions.detail`.
 */
export const errorMessages = {
  NOT_FOUND: {
    en: 'There is nothing with this id.',
    fr: "Rien ne correspond à cet identifiant.",
    de: 'Unter dieser ID gibt es nichts.',
  },
  BAD_USER_INPUT: {
    en: 'An argument is malformed or out of range[: {argument}][, at most {max}].',
    fr: 'Un argument est mal formé ou hors limites[ : {argument}][, {max} au plus].',
    de: 'Ein Argument ist fehlerhaft oder außerhalb des Bereichs[: {argument}][, höchstens {max}].',
  },
  UNAUTHENTICATED: {
    en: 'You are not logged in, or your session is no longer valid: log in (a guest checkout starts with createGuestContact).',
    fr: "Vous n'êtes pas connecté, ou votre session n'est plus valable : connectez-vous (un achat en invité commence par createGuestContact).",
    de: 'Sie sind nicht angemeldet oder Ihre Sitzung ist nicht mehr gültig: Melden Sie sich an (ein Gastkauf beginnt mit createGuestContact).',
  },
  TOKEN_EXPIRED: {
    en: 'The access token has expired: renew it with refreshLogin, then try again.',
    fr: "Le jeton d'accès a expiré : renouvelez-le avec refreshLogin, puis réessayez.",
    de: 'Das Zugriffstoken ist abgelaufen: Erneuern Sie es mit refreshLogin und versuchen Sie es erneut.',
  },
  INVALID_TOKEN: {
    en: 'The access token is not valid (any more): log in again.',
    fr: "Le jeton d'accès n'est pas (plus) valable : reconnectez-vous.",
    de: 'Das Zugriffstoken ist (nicht mehr) gültig: Melden Sie sich erneut an.',
  },
  FORBIDDEN: {
    en: 'This is not yours, or it is for back-office operators only.',
    fr: "Ceci ne vous appartient pas, ou est réservé aux opérateurs du back-office.",
    de: 'Dies gehört nicht Ihnen oder ist nur für Backoffice-Operatoren.',
  },
  QUERY_TOO_COMPLEX: {
    en: 'The operation exceeds a limit of this endpoint[: {limit} at most {max}].',
    fr: "L'opération dépasse une limite de ce point d'accès[ : {limit} au plus {max}].",
    de: 'Die Operation überschreitet ein Limit dieses Endpunkts[: {limit} höchstens {max}].',
  },
  INTROSPECTION_DISABLED: {
    en: 'Introspection is switched off on this endpoint.',
    fr: "L'introspection est désactivée sur ce point d'accès.",
    de: 'Introspektion ist auf diesem Endpunkt abgeschaltet.',
  },
  THROTTLED: {
    en: 'Too many requests from you in a short time[; try again in {retryAfterSeconds} seconds].',
    fr: 'Trop de demandes de votre part en peu de temps[ ; réessayez dans {retryAfterSeconds} secondes].',
    de: 'Zu viele Anfragen von Ihnen in kurzer Zeit[; versuchen Sie es in {retryAfterSeconds} Sekunden erneut].',
  },
  UPSTREAM_RATE_LIMITED: {
    en: 'SecuTix is busy; this is not available right now. Try again in a minute.',
    fr: "SecuTix est surchargé ; ceci n'est pas disponible pour le moment. Réessayez dans une minute.",
    de: 'SecuTix ist ausgelastet; dies ist gerade nicht verfügbar. Versuchen Sie es in einer Minute erneut.',
  },
  UPSTREAM_UNAVAILABLE: {
    en: 'This is not available right now; try again shortly.',
    fr: "Ceci n'est pas disponible pour le moment ; réessayez sous peu.",
    de: 'Dies ist gerade nicht verfügbar; versuchen Sie es gleich erneut.',
  },
  UPSTREAM_AUTH: {
    en: 'This service could not authenticate to SecuTix: a configuration problem on our side.',
    fr: "Ce service n'a pas pu s'authentifier auprès de SecuTix : un problème de configuration de notre côté.",
    de: 'Dieser Dienst konnte sich bei SecuTix nicht anmelden: ein Konfigurationsproblem auf unserer Seite.',
  },
  UPSTREAM_ERROR: {
    en: 'SecuTix refused the request.',
    fr: 'SecuTix a refusé la requête.',
    de: 'SecuTix hat die Anfrage abgelehnt.',
  },
  INTERNAL_SERVER_ERROR: {
    en: 'Something went wrong on our side.',
    fr: 'Une erreur est survenue de notre côté.',
    de: 'Auf unserer Seite ist ein Fehler aufgetreten.',
  },
  GRAPHQL_PARSE_FAILED: {
    en: 'The operation is not valid GraphQL.[ {detail}]',
    fr: "L'opération n'est pas du GraphQL valide.[ {detail}]",
    de: 'Die Operation ist kein gültiges GraphQL.[ {detail}]',
  },
  GRAPHQL_VALIDATION_FAILED: {
    en: 'The operation does not match the schema.[ {detail}]',
    fr: "L'opération ne correspond pas au schéma.[ {detail}]",
    de: 'Die Operation passt nicht zum Schema.[ {detail}]',
  },
  BAD_REQUEST: {
    en: 'This is not a GraphQL request this endpoint takes.[ {detail}]',
    fr: "Ce n'est pas une requête GraphQL que ce point d'accès accepte.[ {detail}]",
    de: 'Dies ist keine GraphQL-Anfrage, die dieser Endpunkt annimmt.[ {detail}]',
  },
  OPERATION_NOT_SUPPORTED: {
    en: 'Subscriptions are not supported by this endpoint; poll with a query instead.',
    fr: "Les abonnements (subscriptions) ne sont pas pris en charge par ce point d'accès ; interrogez plutôt régulièrement avec une query.",
    de: 'Subscriptions werden von diesem Endpunkt nicht unterstützt; fragen Sie stattdessen regelmäßig mit einer Query ab.',
  },
  OPERATION_RESOLUTION_FAILURE: {
    en: 'Say which operation of the document to run (operationName).[ {detail}]',
    fr: "Indiquez quelle opération du document exécuter (operationName).[ {detail}]",
    de: 'Geben Sie an, welche Operation des Dokuments ausgeführt werden soll (operationName).[ {detail}]',
  },
  LINK_INVALID: {
    en: 'This download link is not valid.',
    fr: "Ce lien de téléchargement n'est pas valable.",
    de: 'Dieser Download-Link ist ungültig.',
  },
  LINK_EXPIRED: {
    en: 'This download link has expired; ask for the ticket again.',
    fr: 'Ce lien de téléchargement a expiré ; redemandez le billet.',
    de: 'Dieser Download-Link ist abgelaufen; fragen Sie das Ticket erneut ab.',
  },
  TICKET_CANCELLED: {
    en: 'This ticket was cancelled.',
    fr: 'Ce billet a été annulé.',
    de: 'Dieses Ticket wurde storniert.',
  },
  CSRF_PREVENTED: {
    en: 'Send this request as JSON, or add an apollo-require-preflight header.',
    fr: "Envoyez cette requête en JSON, ou ajoutez un en-tête apollo-require-preflight.",
    de: 'Senden Sie diese Anfrage als JSON oder fügen Sie einen apollo-require-preflight-Header hinzu.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    en: 'A POST to this endpoint must be content-type: application/json.',
    fr: "Un POST vers ce point d'accès doit être en content-type: application/json.",
    de: 'Ein POST an diesen Endpunkt muss content-type: application/json sein.',
  },
  // the gateway's message stays APQ's token `PersistedQueryNotFound`, which Apollo's clients
  // match on; this text is its `extensions.detail`
  PERSISTED_QUERY_NOT_FOUND: {
    en: 'No persisted query has this sha256Hash: send the query with it once.',
    fr: "Aucune requête persistée n'a ce sha256Hash : envoyez une fois la requête avec lui.",
    de: 'Keine persistierte Abfrage hat diesen sha256Hash: Senden Sie die Abfrage einmal mit ihm.',
  },
  PERSISTED_QUERY_MISMATCH: {
    en: 'The sha256Hash sent is not the hash of this query; nothing was stored.',
    fr: "Le sha256Hash envoyé n'est pas l'empreinte de cette requête ; rien n'a été enregistré.",
    de: 'Der gesendete sha256Hash ist nicht der Hash dieser Abfrage; nichts wurde gespeichert.',
  },
  OPERATION_NOT_ALLOWED: {
    en: 'Only the trusted operations of this API are accepted: send the sha256Hash of one of them in extensions.persistedQuery, without the query.',
    fr: "Seules les opérations de confiance de cette API sont acceptées : envoyez le sha256Hash de l'une d'elles dans extensions.persistedQuery, sans la requête.",
    de: 'Nur die vertrauenswürdigen Operationen dieser API werden angenommen: Senden Sie den sha256Hash einer davon in extensions.persistedQuery, ohne die Abfrage.',
  },
} as const satisfies Record<ErrorCode, Translations>;
