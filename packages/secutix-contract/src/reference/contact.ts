import { guide, page, STATUS_FIELDS, type ServiceReference } from './referenceTypes';

const info = (version: string) => ({ page: page('tnco', 'ContactInformationPublicService', version), version: version === 'latest' ? 'v2_21' : version });
/** createCulturalContact comes first; the v2_21 copy stops inside ContactDataResult, after `creationDate` */
const infoLatest = info('latest');
/** v2_14's copy goes on to `individualContact` (v2_8's just past it: the table has more fields after that) */
const info14 = info('v2_14');
/** v2_7's second copy lists the classes ContactDataResult uses */
const info7 = info('v2_7');
/** SecuTix's profile guide calls v2_21's getContactData with a contact number and repeated `details` */
const profileGuide = { page: guide('contacts/update_profile'), version: 'v2_21' };

const INFO_PAGES_STOP = 'every stored copy of ContactInformationPublicService (v2_7 to v2_21) stops inside createCulturalContact, the first method';

export const contactInformationServiceReference: ServiceReference = {
  service: 'ContactInformationPublicService',
  version: 'v2_21',
  endpoint: { ...infoLatest, module: 'tnco', soapPackage: 'service.contact' },
  operations: {
    createCulturalContact: { request: [{ ...infoLatest, fields: { contactDataList: 'List of CulturalContactData' } }], result: 'CulturalContactCreationResult' },
    // the guide shows the request, not its types: the number is a String (20) on every page, `details` the section names
    getContactData: { request: [{ ...profileGuide, fields: { contactNumber: 'String', details: 'List of enum' } }], result: 'ContactDataResult' },
  },
  classes: {
    CulturalContactData: {
      ...infoLatest,
      fields: { contactNumber: 'String', createLogin: 'boolean', email: 'String', firstName: 'String', identifier: 'Long', lastName: 'String', ...STATUS_FIELDS },
    },
    CulturalContactCreationResult: { ...infoLatest, fields: { culturalContactData: 'List of ContactDataResult', identifierContactMap: 'Map of Long, String', ...STATUS_FIELDS } },
    ContactDataResult: {
      ...infoLatest,
      partial: true,
      fields: {
        addresses: 'List of ContactAddressData', advantages: 'List of ContactAdvantageData', authorizations: 'List of AuthorizationData',
        contactConnections: 'List of ContactConnectionDetailed', contactCriteria: 'List of ExternalContactCriterionData',
        contactFileHistoryCriteria: 'ContactFileHistoryCriteria', contactId: 'Long', contactNumber: 'String', contactOrigin: 'ContactOriginData',
        contactQualities: 'List of ContactQuality', creationDate: 'Date',
      },
      more: [
        {
          ...info14,
          fields: {
            createdFrom: 'Map of String, String', endValidityDate: 'Date', financialData: 'FinancialData', function: 'String', hasAdvantages: 'boolean',
            hasWarning: 'boolean', indicators: 'List of IndicatorData', individualContact: 'IndividualContactData',
          },
        },
      ],
    },
    ContactAddressData: {
      ...info7,
      fields: {
        billingAddress: 'boolean', contactAddressId: 'Long', countryCode: 'String', formattedAddress: 'String', main: 'boolean', name: 'String',
        normalizationRating: 'enum', normalizationState: 'enum', shippingAddress: 'boolean', street1: 'String', street2: 'String', street3: 'String',
        street4: 'String', town: 'String', zipCode: 'String',
      },
    },
    ContactAdvantageData: { ...info7, fields: { advantageId: 'Long', advantageType: 'enum', availability: 'Long', availabilityLevel: 'enum' } },
    AuthorizationData: { ...info7, fields: { allowed: 'boolean', authorizationCode: 'String' } },
  },
  guesses: {
    searchContactsByEmail: {
      kind: 'unread',
      result: 'ContactSearchResult',
      why: `${INFO_PAGES_STOP}; the profile guide says a contact can be searched by e-mail, its example is past the stored part: name and shape ours`,
    },
    updateContactData: { kind: 'unread', result: 'WebMethodResult', why: `${INFO_PAGES_STOP}; the profile guide shows main data being changed past the stored part: name and shape ours` },
    createOrUpdateAddress: { kind: 'unread', result: 'AddressResult', why: `${INFO_PAGES_STOP}; the profile guide changes addresses past the stored part: name and shape ours` },
    deleteAddress: { kind: 'unread', result: 'WebMethodResult', why: `${INFO_PAGES_STOP}; name and shape ours` },
    updateIndicators: { kind: 'unread', result: 'WebMethodResult', why: `${INFO_PAGES_STOP}; the profile guide changes opt-ins past the stored part: name and shape ours` },
    updateCriteria: { kind: 'unread', result: 'WebMethodResult', why: `${INFO_PAGES_STOP}; the profile guide changes criteria past the stored part: name and shape ours` },
  },
};

const auth = (version: string) => ({ page: page('tnco', 'ContactAuthenticationPublicService', version), version: version === 'latest' ? 'v2_21' : version });
/** the v2_21 copy stops inside ContactAuthenticationData, after `providerUserReference` */
const authLatest = auth('latest');
/** v2_14's copy ends ContactAuthenticationData and gives its result */
const auth14 = auth('v2_14');
/** v2_11's copy reaches changePassword, the second method */
const auth11 = auth('v2_11');

export const contactAuthenticationServiceReference: ServiceReference = {
  service: 'ContactAuthenticationPublicService',
  version: 'v2_21',
  endpoint: { ...authLatest, module: 'tnco', soapPackage: 'service.contact' },
  operations: {
    authenticate: { request: [{ ...authLatest, fields: { contactAuthenticationData: 'ContactAuthenticationData' } }], result: 'ContactAuthenticationResult' },
    changePassword: { request: [{ ...auth11, fields: { contactNumber: 'String', currentPassword: 'String', newPassword: 'String' } }], result: 'WebMethodResult' },
  },
  classes: {
    ContactAuthenticationData: {
      ...authLatest,
      // v2_14's tail may miss fields added up to v2_21 after `providerUserReference`
      partial: true,
      fields: {
        contactNumber: 'String', contactTypeScope: 'enum', guestLogin: 'boolean', identification: 'String', identityProvider: 'String',
        ignoreGuestLoginCheck: 'boolean', login: 'String', operatorLogin: 'boolean', password: 'String', pointOfSalesId: 'Long', providerUserReference: 'String',
      },
      more: [{ ...auth14, fields: { rememberMe: 'boolean', socialLogin: 'boolean', structureContactNumber: 'String', targetContactNumber: 'String', uniqueToken: 'String' } }],
    },
    ContactAuthenticationResult: { ...auth14, fields: { contactNumber: 'String', identification: 'String', uniqueToken: 'String', ...STATUS_FIELDS } },
    WebMethodResult: { ...auth11, fields: { ...STATUS_FIELDS } },
  },
};
