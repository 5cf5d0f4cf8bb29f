import { randomBytes } from 'node:crypto';
import { contactsSeed } from './contactsSeed';
import type { Contact, IndividualContact } from './contactTypes';
import { hashPassword, hashSeedPassword, verifyPassword } from './passwordHash';
import { RememberMeTokens } from './RememberMeTokens';

export interface NewContact {
  individualContact: IndividualContact;
  /** set with a login only */
  password?: string;
}

/**
 * The institution's contacts and their credentials. Passwords exist here only as scrypt hashes,
 * in a map apart from the contacts so no rendering of a contact can carry one. Business rules
 * (who may hold a login, what is a valid field) belong to the services; this is storage.
 */
export class ContactStore {
  private contacts = new Map<string, Contact>();
  private passwordHashes = new Map<string, string>();
  private readonly tokens: RememberMeTokens;
  private nextContactNumber = 0;
  private nextAddressId = 0;
  private decoyHash: string | undefined;

  constructor(private readonly now: () => number, newToken: () => string = () => randomBytes(32).toString('base64url')) {
    this.tokens = new RememberMeTokens(now, newToken);
    this.reset();
  }

  /** Back to the seeded contacts; remember-me tokens are forgotten. */
  reset(): void {
    const seed = contactsSeed();
    this.contacts = new Map(seed.contacts.map((c) => [c.contactNumber, c]));
    this.passwordHashes = new Map(Object.entries(seed.passwords).map(([n, p]) => [n, hashSeedPassword(p)]));
    this.tokens.clear();
    this.nextContactNumber = seed.nextContactNumber;
    this.nextAddressId = seed.nextAddressId;
  }

  get size(): number {
    return this.contacts.size;
  }

  get(contactNumber: string): Contact | undefined {
    return this.contacts.get(contactNumber);
  }

  list(): Contact[] {
    return [...this.contacts.values()];
  }

  /** every contact with this e-mail, case-insensitively, in contact-number order */
  findByEmail(email: string): Contact[] {
    const wanted = email.trim().toLowerCase();
    return this.list().filter((c) => c.individualContact.email.toLowerCase() === wanted);
  }

  loginOwner(login: string): Contact | undefined {
    const wanted = login.trim().toLowerCase();
    return this.list().find((c) => c.individualContact.login === wanted);
  }

  create(input: NewContact): Contact {
    const stamp = this.now();
    const contact: Contact = {
      contactNumber: String(this.nextContactNumber++),
      guest: input.individualContact.login === undefined,
      creationDate: stamp,
      lastUpdate: stamp,
      individualContact: input.individualContact,
      addresses: [],
      indicators: [],
      contactCriteria: [],
    };
    this.contacts.set(contact.contactNumber, contact);
    if (input.password !== undefined) this.passwordHashes.set(contact.contactNumber, hashPassword(input.password));
    return contact;
  }

  /** a guest gets a login (its e-mail) and a password: from now on a registered contact */
  register(contact: Contact, password: string): void {
    contact.individualContact.login = contact.individualContact.email.toLowerCase();
    contact.guest = false;
    this.passwordHashes.set(contact.contactNumber, hashPassword(password));
    this.touch(contact);
  }

  touch(contact: Contact): void {
    contact.lastUpdate = this.now();
  }

  newAddressId(): number {
    return this.nextAddressId++;
  }

  /**
   * The contact holding this login and password. An unknown login still pays for one hash, so
   * neither the answer nor its timing tells whether the login exists.
   */
  checkLogin(login: string, password: string): Contact | undefined {
    const contact = this.loginOwner(login);
    const hash = contact && this.passwordHashes.get(contact.contactNumber);
    if (!hash) {
      verifyPassword(password, (this.decoyHash ??= hashPassword(randomBytes(16).toString('hex'))));
      return undefined;
    }
    return verifyPassword(password, hash) ? contact : undefined;
  }

  checkPassword(contactNumber: string, password: string): boolean {
    const hash = this.passwordHashes.get(contactNumber);
    return hash !== undefined && verifyPassword(password, hash);
  }

  setPassword(contactNumber: string, password: string): void {
    this.passwordHashes.set(contactNumber, hashPassword(password));
    this.tokens.revokeFor(contactNumber);
  }

  issueToken(contactNumber: string): string {
    return this.tokens.issue(contactNumber);
  }

  redeemToken(token: string): Contact | undefined {
    const contactNumber = this.tokens.redeem(token);
    return contactNumber === undefined ? undefined : this.contacts.get(contactNumber);
  }
}
