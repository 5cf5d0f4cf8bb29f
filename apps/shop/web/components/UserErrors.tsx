/** A mutation's business refusals, as the API reports them (code, field, message). */
export function UserErrors({ errors }: { errors: readonly { code: string; field?: string | null; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <ul role="alert" className="user-errors">
      {errors.map((e, i) => (
        <li key={i} data-code={e.code}>
          {e.message}
        </li>
      ))}
    </ul>
  );
}
