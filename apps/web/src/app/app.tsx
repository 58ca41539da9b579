import { BoardPage } from './board-page';
import { ErrorPage } from './error-page';
import { useLocation } from './navigation';
import { parseRoute } from './route';
import { StartPage } from './start-page';

export function App() {
  const location = useLocation();
  const route = parseRoute(location.pathname, location.hash);
  switch (route.kind) {
    case 'start':
      return <StartPage />;
    case 'board':
      if (!route.key) {
        return (
          <ErrorPage
            title="This link is incomplete"
            message="A board link ends with #key=… and that part is missing. Copy the whole link from the facilitator’s Share dialog and open it again."
          />
        );
      }
      return <BoardPage key={`${route.boardId}#${route.key}`} boardId={route.boardId} boardKey={route.key} />;
    case 'not-found':
      return <ErrorPage title="Page not found" message={`There is nothing at ${route.path}.`} />;
  }
}
