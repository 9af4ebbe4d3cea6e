import { useSession } from '../../session/SessionProvider';
import { can, type ActionName } from '../../shell/actions';

/** Whether the signed-in reader's role may send a command: the page offers it only then. */
export const useCan = () => {
  const { session } = useSession();
  return (action: ActionName): boolean => can(session?.user.role, action);
};
