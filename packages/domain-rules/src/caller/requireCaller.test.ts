import { GraphQLError } from 'graphql';
import { requireBuyer, requireContact, requireOperator, requireSelf } from './requireCaller';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return (err as GraphQLError).extensions.code;
  }
  return 'no error';
}

describe('who is calling', () => {
  it('a logged-in contact is a contact and a buyer, never an operator', () => {
    const identity = { contactNumber: 'C1' };
    expect(requireContact(identity)).toBe('C1');
    expect(requireBuyer(identity)).toEqual({ contactNumber: 'C1', guest: false });
    expect(codeOf(() => requireOperator(identity))).toBe('FORBIDDEN');
  });

  it('a guest is a buyer only: "must be logged in" refuses it', () => {
    const identity = { guestContactNumber: 'G1' };
    expect(requireBuyer(identity)).toEqual({ contactNumber: 'G1', guest: true });
    expect(codeOf(() => requireContact(identity))).toBe('UNAUTHENTICATED');
  });

  it('nobody is UNAUTHENTICATED', () => {
    expect(codeOf(() => requireContact({}))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireBuyer({}))).toBe('UNAUTHENTICATED');
  });

  it("another contact's data is FORBIDDEN", () => {
    expect(requireSelf({ contactNumber: 'C1' }, 'C1')).toBe('C1');
    expect(codeOf(() => requireSelf({ contactNumber: 'C1' }, 'C2'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireSelf({}, 'C2'))).toBe('UNAUTHENTICATED');
  });

  it('an operator token is an operator', () => {
    expect(requireOperator({ operator: 'DIST_OP@DIST' })).toBe('DIST_OP@DIST');
  });
});
