/** Events: the list (any-script search), the event page (figures with sources, links, cases) and the form. */
export { EventDetailPage } from './EventDetailPage';
export { EventCreatePage, EventEditPage } from './EventEditPage';
export { EventForm } from './EventForm';
export { EventsListPage, eventList } from './EventsListPage';
export * from './events-api';
export { useEventLabels } from './use-event-labels';
